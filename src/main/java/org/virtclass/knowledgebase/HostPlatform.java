package org.virtclass.knowledgebase;

/** Where a tool runs. */
public enum HostPlatform {

	WINDOWS, MACOS, LINUX, BSD, SOLARIS, BARE_METAL, CLOUD, ANDROID, IOS, WEB

}
