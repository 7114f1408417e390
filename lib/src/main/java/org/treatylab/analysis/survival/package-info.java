/**
 * Event-history (survival) analysis, validated against R's {@code survival} package: {@link
 * org.treatylab.analysis.survival.SurvivalData} (right-censored or counting-process data with covariates,
 * factors, strata and clusters, from arrays or a Tablesaw table), {@link
 * org.treatylab.analysis.survival.KaplanMeier} (curves with Greenwood intervals and median times), {@link
 * org.treatylab.analysis.survival.LogRank} (also stratified), {@link
 * org.treatylab.analysis.survival.CoxModel} (Efron and Breslow ties, time-varying covariates, model-based,
 * robust and clustered standard errors, likelihood-ratio, Wald and score tests) and {@link
 * org.treatylab.analysis.survival.ProportionalHazardsTest} (R's {@code cox.zph}).
 *
 * <p>The package analyses the caller's data (e.g. a state-year panel built from the treaty datasets); it
 * reads no dataset itself. Depends only on commons-math3, Tablesaw and the shared argument checks.
 */
package org.treatylab.analysis.survival;
