# The facts the lab compares, sourced by the VM's /init and by the container's init. One
# machine-readable line, then the ready marker; the app parses both from the console. Values are
# percent-encoded (a board name has spaces); a value the guest cannot see is left empty.
# Read with the shell's own read, glob and case, not with cat, grep or awk: under TCG every command
# the guest forks costs milliseconds, and this runs between the kernel's start and the ready marker.
# Percent-encodes the named variable in place.
enc() { eval "v=\${$1}"; v="${v//%/%25}"; v="${v// /%20}"; eval "$1=\${v//=/%3D}"; }
kernel= boot_id= board= pid1=
read -r kernel < /proc/sys/kernel/osrelease
set -- /proc/[0-9]*
processes=$#
memtotal=
while read -r key value _; do
  if [ "$key" = MemTotal: ]; then memtotal=$value; break; fi
done < /proc/meminfo
cpus=0
hypervisor=no
while read -r line; do
  case "$line" in
    processor*) cpus=$((cpus + 1)) ;;
    flags*) case " ${line#*:} " in *" hypervisor "*) hypervisor=yes ;; esac ;;
  esac
done < /proc/cpuinfo
read -r uptime _ < /proc/uptime
[ -r /proc/sys/kernel/random/boot_id ] && read -r boot_id < /proc/sys/kernel/random/boot_id
{ [ -r /sys/class/dmi/id/product_name ] && read -r board < /sys/class/dmi/id/product_name; } ||
  { [ -r /sys/class/dmi/id/board_name ] && read -r board < /sys/class/dmi/id/board_name; }
[ -r /proc/1/comm ] && read -r pid1 < /proc/1/comm
enc board
enc pid1
echo "@@VIRTCLASS-FACTS kernel=$kernel processes=$processes memtotal_kb=$memtotal hypervisor=$hypervisor" \
  "cpus=$cpus uptime_s=$uptime boot_id=$boot_id board=$board pid1=$pid1"
echo "@@VIRTCLASS-READY"
