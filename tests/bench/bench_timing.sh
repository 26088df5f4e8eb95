# Sourced by the benchmarks: wall times and medians.
wall_us() { # wall time of running "$@" (its output dropped) in microseconds
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 ))
}
median() { # of the numbers on standard input, one per line; the mean of the middle two for an even count
    sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
}
