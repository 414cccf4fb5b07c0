# Init of the lab container (run by /bin/sh as PID 1 in its own pid namespace). The shell reads
# the console over a pipe, so it is forced interactive to print its prompt, without job control
# (there is no tty to control).
export PATH=/bin HOME=/tmp TERM=dumb
# The facts and the ready marker go to the side channel, a named pipe of the app's, never to the
# student's console.
. /lab/facts.sh > /lab/signals
# A prompt that stays out of the way of copy and paste: where you are on its own line, then "$ ".
export PS1='[\h \w]
$ '
# The app reads this console. Once it is gone, even killed with SIGKILL, a write fails: then every
# process in this container is killed, so nothing of the lab outlives the app. A NUL shows nothing
# (the app drops it anyway). Started from a script, the loop reads /dev/null, not the console.
( trap '' PIPE; while sleep 2; do printf '\0' 2>/dev/null || break; done; kill -KILL -1 ) &
exec sh -i +m
