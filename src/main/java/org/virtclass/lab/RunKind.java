package org.virtclass.lab;

/** What a lab run starts: a virtual machine under QEMU or a container under runc. */
public enum RunKind {

	VM, CONTAINER

}
