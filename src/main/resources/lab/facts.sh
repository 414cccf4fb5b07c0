# The facts the lab compares, sourced by the VM's /init and by the container's init. One
# machine-readable line, then the ready marker; the app parses both from the console.
kernel=$(uname -r)
processes=$(ls -d /proc/[0-9]* 2>/dev/null | wc -l)
memtotal=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)
if grep -qw hypervisor /proc/cpuinfo; then hypervisor=yes; else hypervisor=no; fi
echo "@@VIRTCLASS-FACTS kernel=$kernel processes=$processes memtotal_kb=$memtotal hypervisor=$hypervisor"
echo "@@VIRTCLASS-READY"
