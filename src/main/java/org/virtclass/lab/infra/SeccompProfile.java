package org.virtclass.lab.infra;

import java.util.List;
import java.util.Map;

/**
 * The container's seccomp filter, following the policy of the container runtimes' default
 * profile: deny by default with EPERM, allow the system calls ordinary programs make, and
 * leave out whatever administers the kernel (mount, modules, kexec, reboot, bpf, perf,
 * ptrace, keyrings, clocks, swap, namespaces). {@code clone} is allowed only without
 * namespace flags, and {@code clone3}, whose flags seccomp cannot inspect, answers ENOSYS
 * so that libc falls back to {@code clone}.
 */
final class SeccompProfile {

	/** CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET. */
	static final long NAMESPACE_FLAGS = 0x7E020000L;

	static final int ENOSYS = 38;

	static final List<String> ALLOWED = List.of(
			// files and directories
			"access", "faccessat", "faccessat2", "chdir", "fchdir", "chmod", "fchmod", "fchmodat", "chown", "fchown",
			"fchownat", "lchown", "close", "close_range", "creat", "dup", "dup2", "dup3", "fcntl", "flock", "fsync",
			"fdatasync", "ftruncate", "truncate", "getcwd", "getdents", "getdents64", "link", "linkat", "lseek",
			"mkdir", "mkdirat", "mknod", "mknodat", "open", "openat", "openat2", "read", "readv", "pread64", "preadv",
			"preadv2", "write", "writev", "pwrite64", "pwritev", "pwritev2", "readlink", "readlinkat", "rename",
			"renameat", "renameat2", "rmdir", "stat", "fstat", "lstat", "newfstatat", "statx", "statfs", "fstatfs",
			"symlink", "symlinkat", "umask", "unlink", "unlinkat", "utime", "utimes", "utimensat", "futimesat",
			"sendfile", "splice", "tee", "copy_file_range", "fadvise64", "fallocate", "sync", "syncfs",
			"sync_file_range", "getxattr", "lgetxattr", "fgetxattr", "listxattr", "llistxattr", "flistxattr", "ioctl",
			"inotify_init", "inotify_init1", "inotify_add_watch", "inotify_rm_watch", "memfd_create", "readahead",
			// processes and signals
			"execve", "execveat", "exit", "exit_group", "fork", "vfork", "wait4", "waitid", "kill", "tkill", "tgkill",
			"getpid", "getppid", "gettid", "getpgid", "setpgid", "getpgrp", "getsid", "setsid", "getuid", "geteuid",
			"getgid", "getegid", "getresuid", "getresgid", "getgroups", "setuid", "setgid", "setreuid", "setregid",
			"setresuid", "setresgid", "setgroups", "setfsuid", "setfsgid", "capget", "capset", "prctl", "arch_prctl",
			"set_tid_address", "set_robust_list", "get_robust_list", "rseq", "getpriority", "setpriority", "getrlimit",
			"setrlimit", "prlimit64", "getrusage", "times", "rt_sigaction", "rt_sigprocmask", "rt_sigreturn",
			"rt_sigpending", "rt_sigsuspend", "rt_sigtimedwait", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "sigaltstack",
			"signalfd", "signalfd4", "pause", "alarm", "getitimer", "setitimer", "pidfd_open", "pidfd_send_signal",
			"restart_syscall", "seccomp",
			// memory
			"brk", "mmap", "munmap", "mremap", "mprotect", "madvise", "mincore", "msync", "mlock", "mlock2", "munlock",
			"mlockall", "munlockall", "membarrier",
			// time and scheduling
			"clock_gettime", "clock_getres", "clock_nanosleep", "gettimeofday", "time", "nanosleep", "timer_create",
			"timer_delete", "timer_gettime", "timer_settime", "timer_getoverrun", "timerfd_create", "timerfd_gettime",
			"timerfd_settime", "sched_yield", "sched_getaffinity", "sched_setaffinity", "sched_getparam",
			"sched_setparam", "sched_getscheduler", "sched_setscheduler", "sched_get_priority_max",
			"sched_get_priority_min", "sched_getattr", "sched_setattr", "sched_rr_get_interval", "getcpu", "getrandom",
			"uname", "sysinfo",
			// waiting on descriptors, pipes, events
			"poll", "ppoll", "select", "pselect6", "epoll_create", "epoll_create1", "epoll_ctl", "epoll_wait",
			"epoll_pwait", "epoll_pwait2", "eventfd", "eventfd2", "pipe", "pipe2", "futex", "futex_waitv",
			// sockets (the network namespace has only loopback)
			"socket", "socketpair", "bind", "listen", "accept", "accept4", "connect", "getsockname", "getpeername",
			"getsockopt", "setsockopt", "sendto", "sendmsg", "sendmmsg", "recvfrom", "recvmsg", "recvmmsg", "shutdown",
			// System V and POSIX IPC (the ipc namespace is the container's own)
			"shmget", "shmat", "shmdt", "shmctl", "semget", "semop", "semtimedop", "semctl", "msgget", "msgsnd",
			"msgrcv", "msgctl", "mq_open", "mq_unlink", "mq_timedsend", "mq_timedreceive", "mq_notify",
			"mq_getsetattr");

	private SeccompProfile() {
	}

	/** The profile as the OCI runtime spec's {@code linux.seccomp} object. */
	static Map<String, Object> spec() {
		return Map.of("defaultAction", "SCMP_ACT_ERRNO", "defaultErrnoRet", 1, "architectures",
				List.of("SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"), "syscalls",
				List.of(Map.of("names", ALLOWED, "action", "SCMP_ACT_ALLOW"),
						Map.of("names", List.of("clone"), "action", "SCMP_ACT_ALLOW", "args",
								List.of(Map.of("index", 0, "value", NAMESPACE_FLAGS, "valueTwo", 0, "op",
										"SCMP_CMP_MASKED_EQ"))),
						Map.of("names", List.of("clone3"), "action", "SCMP_ACT_ERRNO", "errnoRet", ENOSYS),
						Map.of("names", List.of("personality"), "action", "SCMP_ACT_ALLOW", "args",
								List.of(Map.of("index", 0, "value", 0, "op", "SCMP_CMP_EQ")))));
	}

}
