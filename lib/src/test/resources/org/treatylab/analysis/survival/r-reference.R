# Reference values for SurvivalAgainstRTest: writes the example data sets (survival::lung, survival::aml,
# carData::Rossi and its person-week form) as CSV and R's results as "key value value ..." lines, into the
# directory given as the first argument (a temporary directory: the data are GPL/LGPL, never committed).
suppressPackageStartupMessages({ library(survival); library(carData) })
out <- commandArgs(trailingOnly = TRUE)[1]
con <- file(file.path(out, "r-results.txt"), "w")
put <- function(key, x) {
  x <- as.numeric(x)
  writeLines(paste(key, paste(ifelse(is.na(x), "NA", sprintf("%.17g", x)), collapse = " ")), con)
}
km <- function(prefix, fit) {
  s <- summary(fit, censored = TRUE)
  strata <- if (is.null(fit$strata)) rep("all", length(fit$time)) else rep(names(fit$strata), fit$strata)
  for (lab in unique(strata)) {
    i <- strata == lab
    k <- paste0(prefix, ".", lab)
    put(paste0(k, ".time"), fit$time[i]); put(paste0(k, ".n.risk"), fit$n.risk[i])
    put(paste0(k, ".n.event"), fit$n.event[i]); put(paste0(k, ".n.censor"), fit$n.censor[i])
    put(paste0(k, ".surv"), fit$surv[i]); put(paste0(k, ".logse"), fit$std.err[i])
    put(paste0(k, ".se"), s$std.err[i]); put(paste0(k, ".lower"), fit$lower[i]); put(paste0(k, ".upper"), fit$upper[i])
  }
  q <- quantile(fit, 0.5)
  labs <- if (is.null(fit$strata)) "all" else names(fit$strata)
  put(paste0(prefix, ".median"), q$quantile); put(paste0(prefix, ".median.lower"), q$lower)
  put(paste0(prefix, ".median.upper"), q$upper)
  writeLines(paste(paste0(prefix, ".labels"), paste(labs, collapse = " ")), con)
}
cox <- function(prefix, fit) {
  put(paste0(prefix, ".coef"), coef(fit)); put(paste0(prefix, ".se"), sqrt(diag(fit$var)))
  if (!is.null(fit$naive.var)) { put(paste0(prefix, ".naive.se"), sqrt(diag(fit$naive.var))); put(paste0(prefix, ".rscore"), fit$rscore) }
  put(paste0(prefix, ".loglik"), fit$loglik); put(paste0(prefix, ".lr"), 2 * diff(fit$loglik))
  put(paste0(prefix, ".wald"), fit$wald.test); put(paste0(prefix, ".score"), fit$score)
  ci <- summary(fit)$conf.int
  put(paste0(prefix, ".lower"), ci[, "lower .95"]); put(paste0(prefix, ".upper"), ci[, "upper .95"])
  put(paste0(prefix, ".p"), summary(fit)$coefficients[, ncol(summary(fit)$coefficients)])
  z <- cox.zph(fit)$table
  put(paste0(prefix, ".zph"), z[, "chisq"]); put(paste0(prefix, ".zph.p"), z[, "p"])
  put(paste0(prefix, ".zph.rank"), cox.zph(fit, transform = "rank")$table[, "chisq"])
  put(paste0(prefix, ".zph.identity"), cox.zph(fit, transform = "identity")$table[, "chisq"])
}
logrank <- function(prefix, test) {
  put(paste0(prefix, ".chisq"), test$chisq); put(paste0(prefix, ".obs"), if (is.matrix(test$obs)) rowSums(test$obs) else test$obs)
  put(paste0(prefix, ".exp"), if (is.matrix(test$exp)) rowSums(test$exp) else test$exp)
}

lung2 <- na.omit(lung[, c("time", "status", "age", "sex", "ph.ecog", "ph.karno", "wt.loss")])
lung2$event <- lung2$status - 1
write.csv(lung2, file.path(out, "lung.csv"), row.names = FALSE)
km("lung.km", survfit(Surv(time, event) ~ 1, data = lung2))
km("lung.kmsex", survfit(Surv(time, event) ~ sex, data = lung2))
km("lung.kmloglog", survfit(Surv(time, event) ~ sex, data = lung2, conf.type = "log-log"))
km("lung.kmplain", survfit(Surv(time, event) ~ sex, data = lung2, conf.type = "plain", conf.int = 0.9))
logrank("lung.lr", survdiff(Surv(time, event) ~ sex, data = lung2))
logrank("lung.lrecog", survdiff(Surv(time, event) ~ ph.ecog, data = lung2))
logrank("lung.lrstrat", survdiff(Surv(time, event) ~ sex + strata(ph.ecog), data = lung2))
cox("lung.efron", coxph(Surv(time, event) ~ age + sex + ph.ecog + wt.loss, data = lung2))
cox("lung.breslow", coxph(Surv(time, event) ~ age + sex + ph.ecog + wt.loss, data = lung2, ties = "breslow"))
cox("lung.robust", coxph(Surv(time, event) ~ age + sex + ph.karno, data = lung2, robust = TRUE))
cox("lung.strata", coxph(Surv(time, event) ~ age + ph.ecog + strata(sex), data = lung2))
cox("lung.cluster", coxph(Surv(time, event) ~ age + sex, data = lung2, cluster = ph.ecog))

aml2 <- aml
aml2$maintained <- as.numeric(aml2$x == "Maintained")
aml2$x <- as.character(aml2$x)
write.csv(aml2, file.path(out, "aml.csv"), row.names = FALSE)
km("aml.km", survfit(Surv(time, status) ~ x, data = aml2))
logrank("aml.lr", survdiff(Surv(time, status) ~ x, data = aml2))
cox("aml.efron", coxph(Surv(time, status) ~ maintained, data = aml2))
cox("aml.breslow", coxph(Surv(time, status) ~ maintained, data = aml2, ties = "breslow"))

r <- Rossi
for (v in c("fin", "wexp", "paro")) r[[v]] <- as.numeric(r[[v]] == "yes")
r$mar <- as.numeric(r$mar == "married")
r$race <- as.numeric(r$race == "black")
r$id <- seq_len(nrow(r))
write.csv(r[, c("id", "week", "arrest", "fin", "age", "race", "wexp", "mar", "paro", "prio")],
          file.path(out, "rossi.csv"), row.names = FALSE)
cox("rossi.efron", coxph(Surv(week, arrest) ~ fin + age + race + wexp + mar + paro + prio, data = r))
cox("rossi.breslow", coxph(Surv(week, arrest) ~ fin + age + race + wexp + mar + paro + prio, data = r, ties = "breslow"))
km("rossi.km", survfit(Surv(week, arrest) ~ fin, data = r))
logrank("rossi.lr", survdiff(Surv(week, arrest) ~ fin, data = r))
# person-week form: one row per person and week at risk, employment of that week as a time-varying covariate
long <- survSplit(Surv(week, arrest) ~ ., data = Rossi, cut = 1:52, episode = "wk", start = "start", end = "stop")
long$id <- rep(seq_len(nrow(Rossi)), Rossi$week)
long$employed <- as.numeric(long[cbind(seq_len(nrow(long)), match(paste0("emp", long$stop), names(long)))] == "yes")
long$fin <- as.numeric(long$fin == "yes")
write.csv(long[, c("id", "start", "stop", "arrest", "fin", "age", "prio", "employed")],
          file.path(out, "rossi-long.csv"), row.names = FALSE)
cox("rossilong.efron", coxph(Surv(start, stop, arrest) ~ fin + age + prio + employed, data = long))
cox("rossilong.breslow", coxph(Surv(start, stop, arrest) ~ fin + age + prio + employed, data = long, ties = "breslow"))
cox("rossilong.cluster", coxph(Surv(start, stop, arrest) ~ fin + age + prio + employed, data = long, cluster = id))
km("rossilong.km", survfit(Surv(start, stop, arrest) ~ fin, data = long))
close(con)
