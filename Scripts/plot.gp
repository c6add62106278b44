# gnuplot equivalents of Scripts/plot.py's main charts (docs/plotting.md). gnuplot 5.2+, pngcairo.
#   gnuplot -e "file='Results/default/daily.csv'; out='Results/default'" Scripts/plot.gp
# The kind of file is told by its header (head -n 1); out defaults to the current directory.
# daily.csv → daily-gmv-profit-gnuplot.png, daily-traffic-gnuplot.png, daily-stock-score-gnuplot.png:
#   summed over all merchants (no per-merchant panels); line = mean across replications,
#   band = 5–95 % of replications (Hyndman–Fan 7, as plot.py), computed in gnuplot arrays.
# compare_map.csv → compare-map-gnuplot.png: one heat map per repeat strength, the first policy's
#   mean lead by follow rate and horizon (no hatching of undecided cells).
# compare_daily.csv → compare-crossover-gnuplot.png: cumulative profit per policy, mean and
#   p05–p95 band as written in the file (rows: metric, day, then policy); no lead panel.
# sweep.csv → sweep-gmv_cny-gnuplot.png, sweep-profit_cny-gnuplot.png: mean and p05–p95 against
#   each swept parameter.
if (!exists("file")) { print "plot.gp: set file='…/daily.csv' (and out='DIR')"; exit status 64 }
if (!exists("out")) { out = "." }
head = system("head -n 1 '" . file . "'")
set datafile separator comma
set datafile columnheaders
set terminal pngcairo size 1100,500 font "DejaVu Sans,9" noenhanced
set grid
set key top left
set format y "%.0f"
set xlabel "day"

if (strstrt(head, "repeat_visits_per_order_day") > 0) {
  # compare_map.csv: rows are follow rate, then repeat strength, then horizon (fastest), so a
  # row's position gives its cell; one panel per repeat strength.
  H = ""; S = ""; F = ""
  stats file using (h = strcol('horizon_days'), s = strcol('repeat_visits_per_order_day'), f = strcol('follow_rate'), \
    (strstrt(H, ' '.h.' ') == 0 ? H = H.' '.h.' ' : 0), (strstrt(S, ' '.s.' ') == 0 ? S = S.' '.s.' ' : 0), \
    (strstrt(F, ' '.f.' ') == 0 ? F = F.' '.f.' ' : 0), 0) nooutput
  NH = words(H); NS = words(S); NF = words(F)
  stats file using (column('lead_cny_mean')) nooutput
  L = (abs(STATS_min) > abs(STATS_max) ? abs(STATS_min) : abs(STATS_max))
  L = (L > 0 ? L : 1)
  row = system("sed -n 2p '" . file . "'")
  first = row[1:strstrt(row, ",")-1]
  set terminal pngcairo size 1400,520 font "DejaVu Sans,9" noenhanced
  set output out . "/compare-map-gnuplot.png"
  set palette defined (-1 "#b2182b", 0 "#f7f7f7", 1 "#2166ac")
  set cbrange [-L:L]
  set cblabel first . " lead, horizon profit, mean (CNY)"
  set format cb "%.0f"
  set xrange [-0.5:NH-0.5]
  set yrange [-0.5:NF-0.5]
  set xtics () ; set ytics ()
  do for [i=1:NH] { set xtics add (word(H, i) i-1) }
  do for [i=1:NF] { set ytics add (word(F, i) i-1) }
  set xlabel "horizon (days)"
  set grid noxtics noytics
  unset key
  set multiplot layout 1,NS title "Who wins: the first policy's mean lead (blue: first ahead, red: second); label: lead in thousands of yuan"
  do for [k=1:NS] {
    set title "repeat visits per order-day " . word(S, k)
    set ylabel (k == 1 ? "follow rate" : "")
    if (k < NS) { unset colorbox } else { set colorbox }
    mine(x) = (int($0 / NH) % NS == k - 1 ? x : NaN)
    plot file using (mine(int($0) % NH)):(int($0 / (NH * NS))):(0.5):(0.5):(column('lead_cny_mean')) with boxxyerror fillstyle solid 1.0 noborder linecolor palette, \
         file using (mine(int($0) % NH)):(int($0 / (NH * NS))):(sprintf("%+.0fk", column('lead_cny_mean') / 1000)) with labels font ",7"
  }
  unset multiplot
  exit
}
if (strstrt(head, "diff_mean") > 0) {
  policies = ""
  stats file using (p = strcol('policy'), strstrt(policies, ' '.p.' ') == 0 ? (policies = policies.' '.p.' ') : 0, 0) nooutput
  # The verdict's profit: settled since session 11 (refunds due booked); older files have only
  # the running one.
  verdict = (system("grep -c ',cumulative_profit_settled_cny,' '" . file . "'") + 0 > 0) ? "cumulative_profit_settled_cny" : "cumulative_profit_cny"
  basis = verdict eq "cumulative_profit_cny" ? "Cumulative profit" : "Settled cumulative profit (refunds still due booked)"
  set output out . "/compare-crossover-gnuplot.png"
  set title basis . " per policy (line: mean across replications, band: 5–95 % of replications)"
  set ylabel "CNY since day 0"
  is(p) = strcol('metric') eq verdict && strcol('policy') eq p
  plot for [i=1:words(policies)] file every words(policies)::(i-1) using (is(word(policies,i)) ? column('day') : NaN):(column('p05')):(column('p95')) \
         with filledcurves fillstyle transparent solid 0.2 noborder linecolor i notitle, \
       for [i=1:words(policies)] file every words(policies)::(i-1) using (is(word(policies,i)) ? column('day') : NaN):(column('mean')) \
         with lines linewidth 2 linecolor i title word(policies,i)
  exit
}
if (strstrt(head, "point,seed,") == 1) {
  # Swept parameters are the columns after point, seed (and policy) and before the first
  # statistic (`…_mean`): PARAMS holds their numbers, PNAMES their names.
  PARAMS = ""; PNAMES = ""; column_number = 1; start = 1; in_metrics = 0
  do for [i=1:strlen(head)+1] {
    if (i > strlen(head) || head[i:i] eq ",") {
      name = head[start:i-1]
      if (strlen(name) >= 5 && name[strlen(name)-4:strlen(name)] eq "_mean") { in_metrics = 1 }
      if (column_number > 2 && !in_metrics && name ne "policy") { PARAMS = PARAMS . sprintf(" %d", column_number); PNAMES = PNAMES . " " . name }
      column_number = column_number + 1; start = i + 1
    }
  }
  NP = words(PARAMS)
  row = system("sed -n 2p '" . file . "'")
  # A parameter whose first value does not start like a number (a policy id) goes on a
  # categorical axis: one tick per point, labelled with the value.
  TEXT = ""; column_number = 1; start = 1
  do for [i=1:strlen(row)+1] {
    if (i > strlen(row) || row[i:i] eq ",") {
      TEXT = TEXT . (strstrt("0123456789-.", row[start:start]) > 0 ? " 0" : " 1")
      column_number = column_number + 1; start = i + 1
    }
  }
  set offsets graph 0.03, graph 0.03, 0, 0
  set terminal pngcairo size 1100,480 font "DejaVu Sans,9" noenhanced
  do for [m in "gmv_cny profit_cny"] {
    set output out . "/sweep-" . m . "-gnuplot.png"
    set multiplot layout 1,NP title m . " over the horizon: point = mean across replications, bar = 5–95 % of them"
    do for [p=1:NP] {
      k = int(word(PARAMS, p))
      set title ""
      set xlabel word(PNAMES, p)
      set ylabel (p == 1 ? "CNY" : "")
      if (word(TEXT, k) eq "1") {
        plot file using 0:(column(m."_mean")):(column(m."_p05")):(column(m."_p95")):xticlabels(k) with yerrorbars pointtype 7 pointsize 0.5 linecolor 1 notitle
      } else {
        plot file using k:(column(m."_mean")):(column(m."_p05")):(column(m."_p95")) with yerrorbars pointtype 7 pointsize 0.5 linecolor 1 notitle
      }
    }
    unset multiplot
  }
  exit
}
if (strstrt(head, ",merchant,") == 0) { print "plot.gp: ".file.": expected daily.csv, compare_daily.csv or sweep.csv"; exit status 65 }

# Sum every merchant's value into T[replication × D + day + 1], then take the mean and the
# 5 % and 95 % quantiles (Hyndman–Fan 7) of each day's R values; metric n of NAMES goes to
# MM, LL, HH[(n - 1) × D + day + 1].
stats file using (column('day')) nooutput
D = int(STATS_max) + 1
N = STATS_records
stats file using (column('replication')) nooutput
R = int(STATS_max) + 1
MERCHANTS = N / (D * R)
NAMES = "gmv_cny profit_cny stock_on_hand_units score_points"
array T[D*R]
array V[R]
array MM[D*4]
array LL[D*4]
array HH[D*4]
q(p) = (h = (R - 1) * p, k = floor(h), k + 1 >= R ? V[R] : V[k+1] + (h - k) * (V[k+2] - V[k+1]))
do for [n=1:words(NAMES)] {
  name = word(NAMES, n)
  scale = name eq "score_points" ? 1.0 / MERCHANTS : 1.0
  do for [i=1:D*R] { T[i] = 0 }
  stats file using (j = int(column('replication')) * D + int(column('day')) + 1, T[j] = T[j] + column(name) * scale, 0) nooutput
  do for [d=1:D] {
    do for [r=1:R] { V[r] = T[(r-1)*D + d] }
    do for [a=2:R] { x = V[a]; b = a - 1; while (b >= 1 && V[b] > x) { V[b+1] = V[b]; b = b - 1 }; V[b+1] = x }
    s = 0
    do for [r=1:R] { s = s + V[r] }
    MM[(n-1)*D + d] = s / R; LL[(n-1)*D + d] = q(0.05); HH[(n-1)*D + d] = q(0.95)
  }
}
# Mean visits per channel and day, stacked: S[k × D + day + 1] is the top of channel k.
CHANNELS = "feed_visits follower_visits paid_visits video_visits talent_visits interest_visits shelf_visits word_of_mouth_visits repeat_visits"
COLORS = "#1f77b4 #ff7f0e #2ca02c #d62728 #9467bd #8c564b #e377c2 #7f7f7f #bcbd22"
LABELS = "feed followers paid video talent interest search+mall word-of-mouth repeat"
K = words(CHANNELS)
array S[D*(K+1)]
do for [i=1:D*(K+1)] { S[i] = 0 }
do for [k=1:K] {
  name = word(CHANNELS, k)
  # shelf_visits includes word_of_mouth_visits (docs/output-format.md): stack shelf less it.
  stats file using (j = k*D + int(column('day')) + 1, S[j] = S[j] + (column(name) - (name eq "shelf_visits" ? column('word_of_mouth_visits') : 0)) / R, 0) nooutput
  do for [d=1:D] { S[k*D + d] = S[k*D + d] + S[(k-1)*D + d] }
}

# Arrays are plotted with column 1 = the 1-based index; without this the first element is
# taken for a header.
set datafile nocolumnheaders
set output out . "/daily-gmv-profit-gnuplot.png"
set title sprintf("GMV and profit per day, %d merchant(s) summed (line: mean of %d replications, band: 5–95 %% of replications)", MERCHANTS, R)
set ylabel "CNY per day"
plot for [n=1:2] MM using ($1-1):(LL[(n-1)*D + $1]):(HH[(n-1)*D + $1]) every ::0::(D-1) with filledcurves fillstyle transparent solid 0.2 noborder linecolor n notitle, \
     for [n=1:2] MM using ($1-1):(MM[(n-1)*D + $1]) every ::0::(D-1) with lines linewidth 2 linecolor n title word("GMV profit", n)

set output out . "/daily-traffic-gnuplot.png"
set title sprintf("Visits per day by channel, stacked, %d merchant(s) summed, mean of %d replications", MERCHANTS, R)
set ylabel "visits per day"
set key outside right top
plot for [k=K:1:-1] S using ($1-1):(S[(k-1)*D + $1]):(S[k*D + $1]) every ::0::(D-1) with filledcurves fillstyle solid 0.9 noborder linecolor rgb word(COLORS, k) title word(LABELS, k)
set key top left

set output out . "/daily-stock-score-gnuplot.png"
set terminal pngcairo size 1100,800 font "DejaVu Sans,9" noenhanced
set multiplot layout 2,1 title sprintf("Stock and experience score (line: mean of %d replications, band: 5–95 %% of replications)", R)
set title "Stock on hand at the end of the day, all merchants"
set ylabel "units"
plot MM using ($1-1):(LL[2*D + $1]):(HH[2*D + $1]) every ::0::(D-1) with filledcurves fillstyle transparent solid 0.2 noborder linecolor 1 notitle, \
     MM using ($1-1):(MM[2*D + $1]) every ::0::(D-1) with lines linewidth 2 linecolor 1 title "stock"
set title "Experience score after the day, mean over merchants"
set ylabel "points"
set format y "%.0f"
plot MM using ($1-1):(LL[3*D + $1]):(HH[3*D + $1]) every ::0::(D-1) with filledcurves fillstyle transparent solid 0.2 noborder linecolor 2 notitle, \
     MM using ($1-1):(MM[3*D + $1]) every ::0::(D-1) with lines linewidth 2 linecolor 2 title "score"
unset multiplot
