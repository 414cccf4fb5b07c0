# Init of the lab container (run by /bin/sh as PID 1 in its own pid namespace). The shell reads
# the console over a pipe, so it is forced interactive to print its prompt, without job control
# (there is no tty to control).
export PATH=/bin HOME=/tmp TERM=dumb
. /lab/facts.sh
export PS1='\h:\w\$ '
exec sh -i +m
