# gnuplot equivalents of Scripts/plot.py's main charts (docs/plotting.md).
#   gnuplot -e "file='Results/default/daily.csv'; out='Results/default'" Scripts/plot.gp
#   gnuplot -e "file='Results/default-compare/compare_daily.csv'; out='/tmp'" Scripts/plot.gp
# daily.csv  → daily-gmv-profit-gnuplot.png: GMV and profit per day summed over all merchants,
#              line = mean across replications, band = 5–95 % of replications (type 7, as plot.py).
# compare_daily.csv → compare-crossover-gnuplot.png: cumulative profit per policy, mean and
#              p05–p95 band, read from the file (rows: metric, day, then policy). The kind is told by the header (head -n 1).
if (!exists("file")) { print "plot.gp: set file='…/daily.csv' (and out='DIR')"; exit status 64 }
if (!exists("out")) { out = "." }
head = system("head -n 1 '" . file . "'")
set datafile separator comma
set datafile columnheaders
set terminal pngcairo size 1100,500 font "DejaVu Sans,9"
set grid
set key top left
set format y "%.0f"
set xlabel "day"

if (strstrt(head, "diff_mean") > 0) {
  policies = ""
  stats file using (p = strcol('policy'), strstrt(policies, ' '.p.' ') == 0 ? (policies = policies.' '.p.' ') : 0, 0) nooutput
  set output out . "/compare-crossover-gnuplot.png"
  set title "Cumulative profit per policy (line: mean across replications, band: 5–95 % of replications)"
  set ylabel "CNY since day 0"
  is(p) = strcol('metric') eq 'cumulative_profit_cny' && strcol('policy') eq p
  plot for [i=1:words(policies)] file every words(policies)::(i-1) using (is(word(policies,i)) ? column('day') : NaN):(column('p05')):(column('p95')) \
         with filledcurves fillstyle transparent solid 0.2 noborder linecolor i notitle, \
       for [i=1:words(policies)] file every words(policies)::(i-1) using (is(word(policies,i)) ? column('day') : NaN):(column('mean')) \
         with lines linewidth 2 linecolor i title word(policies,i)
  exit
}
if (strstrt(head, ",merchant,") == 0) { print "plot.gp: ".file.": expected daily.csv or compare_daily.csv"; exit status 65 }

# Sum every merchant's value into T[replication × D + day + 1], then take the mean and the
# 5 % and 95 % quantiles (Hyndman–Fan 7) of each day's R values.
stats file using (column('day')) nooutput
D = int(STATS_max) + 1
stats file using (column('replication')) nooutput
R = int(STATS_max) + 1
array T[D*R]
array V[R]
array M[D]
array L[D]
array H[D]
q(p) = (h = (R - 1) * p, k = floor(h), k + 1 >= R ? V[R] : V[k+1] + (h - k) * (V[k+2] - V[k+1]))
set output out . "/daily-gmv-profit-gnuplot.png"
set title sprintf("GMV and profit per day, all merchants (line: mean of %d replications, band: 5–95 %% of replications)", R)
set ylabel "CNY per day"
do for [n=1:2] {
  name = word("gmv_cny profit_cny", n)
  do for [i=1:D*R] { T[i] = 0 }
  stats file using (j = int(column('replication')) * D + int(column('day')) + 1, T[j] = T[j] + column(name), 0) nooutput
  do for [d=1:D] {
    do for [r=1:R] { V[r] = T[(r-1)*D + d] }
    do for [a=2:R] { x = V[a]; b = a - 1; while (b >= 1 && V[b] > x) { V[b+1] = V[b]; b = b - 1 }; V[b+1] = x }
    s = 0
    do for [r=1:R] { s = s + V[r] }
    M[d] = s / R; L[d] = q(0.05); H[d] = q(0.95)
  }
  if (n == 1) { array GM[D]; array GL[D]; array GH[D]; do for [d=1:D] { GM[d] = M[d]; GL[d] = L[d]; GH[d] = H[d] } }
}
# An array's column 1 is its 1-based index: element d is day d - 1.
set datafile nocolumnheaders  # else the first array element is taken for a header
plot GM using ($1-1):(GL[$1]):(GH[$1]) with filledcurves fillstyle transparent solid 0.2 noborder linecolor 1 notitle, \
     GM using ($1-1):(GM[$1]) with lines linewidth 2 linecolor 1 title "GMV", \
     M using ($1-1):(L[$1]):(H[$1]) with filledcurves fillstyle transparent solid 0.2 noborder linecolor 2 notitle, \
     M using ($1-1):(M[$1]) with lines linewidth 2 linecolor 2 title "profit"
