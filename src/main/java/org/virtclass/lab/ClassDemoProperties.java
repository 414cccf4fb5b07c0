package org.virtclass.lab;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the class demo, prefix {@code virtclass.lab.demo}. The demo's VM and
 * container run beside the lab's caps ({@code max-concurrent-vms} and the others count
 * students' runs only), so a demo never waits in the queue and never takes a student's
 * place: while it runs, the server runs one VM and one container more. The CPU of all
 * runs together stays within {@code lab-cpus}.
 *
 * @param timeLimit the demo stops by itself after this long; it has no idle limit,
 * because a teacher talks between commands
 * @param maxViewers screens that may watch at once; each may hold up to 256 KB of output
 * not yet sent, so this bounds the memory a demo takes
 */
@ConfigurationProperties("virtclass.lab.demo")
public record ClassDemoProperties(@DefaultValue("90m") Duration timeLimit, @DefaultValue("500") int maxViewers) {
}
