# The facts the lab compares, sourced by the VM's /init and by the container's init. One
# machine-readable line, then the ready marker; the app parses both from the console. Values are
# percent-encoded (a board name has spaces); a value the guest cannot see is left empty.
enc() { printf '%s' "$1" | sed 's/%/%25/g; s/ /%20/g; s/=/%3D/g'; }
kernel=$(uname -r)
processes=$(ls -d /proc/[0-9]* 2>/dev/null | wc -l)
memtotal=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)
cpus=$(grep -c '^processor' /proc/cpuinfo)
uptime=$(cut -d' ' -f1 /proc/uptime)
boot_id=$(cat /proc/sys/kernel/random/boot_id 2>/dev/null)
board=$(cat /sys/class/dmi/id/product_name 2>/dev/null || cat /sys/class/dmi/id/board_name 2>/dev/null)
pid1=$(cat /proc/1/comm 2>/dev/null)
if grep -qw hypervisor /proc/cpuinfo; then hypervisor=yes; else hypervisor=no; fi
echo "@@VIRTCLASS-FACTS kernel=$kernel processes=$processes memtotal_kb=$memtotal hypervisor=$hypervisor" \
  "cpus=$cpus uptime_s=$uptime boot_id=$boot_id board=$(enc "$board") pid1=$(enc "$pid1")"
echo "@@VIRTCLASS-READY"
