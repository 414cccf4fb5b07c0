#!/bin/sh
# /init of the lab VM's initramfs: PID 1 of a kernel that is not the host's.
export PATH=/bin HOME=/root TERM=linux
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
hostname vm
# The VM ends with a reset, which QEMU's -no-reboot turns into its exit: the lab's own kernel has no
# ACPI to power off with (the kernel command line's reboot=t makes the reset a triple fault, which
# needs no device on microvm or pc), and Debian's kernel resets just as well.
# The accelerator and machine canaries only need the marker, on the console; they end at once.
case " $(cat /proc/cmdline) " in
  *" virtclass.canary "*) . /lab/facts.sh; reboot -f ;;
esac
# The side channel is the second serial port (ttyS1): the facts and the ready marker go there, never
# to the student's console (ttyS0), and the app's requests come back on it, one a line:
# "size ROWS COLS" (the browser's terminal) and "int" (Ctrl-C while the console's input is backed up).
# Booted by hand without that port, the facts go to the console as before.
if ! stty -F /dev/ttyS1 raw -echo 2>/dev/null; then
  . /lab/facts.sh
  export PS1='[\h \w]\n# '
  setsid cttyhack sh
  reboot -f
fi
exec 3<>/dev/ttyS1
. /lab/facts.sh >&3
# The app answers the marker with the terminal's size; the shell starts with it, so lines wrap at once.
if read -r -t 5 request rows cols <&3 && [ "$request" = size ]; then
  stty -F /dev/ttyS0 rows "$rows" cols "$cols"
fi
# The agent runs in a subshell; the student's shell must not start in the background, where it and
# its commands would ignore SIGINT.
(
  while read -r request a b <&3; do
    case "$request" in
      size) stty -F /dev/ttyS0 rows "$a" cols "$b" ;;
      int) fg=$(cut -d' ' -f8 "/proc/$(cat /tmp/shell.pid)/stat" 2>/dev/null)
           [ -n "$fg" ] && [ "$fg" -gt 0 ] && kill -INT -"$fg" ;;
    esac
  done
) &
# A prompt that stays out of the way of copy and paste: where you are on its own line, then "# ".
export PS1='[\h \w]\n# '
setsid cttyhack sh -c 'echo $$ > /tmp/shell.pid; exec sh'
reboot -f
