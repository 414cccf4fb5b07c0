/**
 * The lab sandbox: one click boots a tiny real VM under QEMU and a real container under
 * runc side by side, streams both consoles to the browser and measures what the
 * classification criteria talk about (the VM runs its own kernel and costs seconds and
 * hundreds of MB; the container shares the host's kernel and costs milliseconds and a few
 * MB). It launches and supervises those processes under global and per-client caps with a
 * queue, enforces time limits, and sweeps away leftovers. Runs are kept in memory only: a
 * run is tied to live host processes that do not survive a restart, so a database row
 * would outlive the thing it describes; the pid files in the data directory are the only
 * state that must survive a crash, and they exist to clean up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lab")
package org.virtclass.lab;
