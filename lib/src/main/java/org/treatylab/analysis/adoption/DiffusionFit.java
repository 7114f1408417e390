package org.treatylab.analysis.adoption;

import java.util.List;
import java.util.NoSuchElementException;
import org.treatylab.base.Tables;
import tech.tablesaw.api.Table;

/**
 * A diffusion curve fitted by {@link Diffusion}: estimates with standard errors and intervals, goodness
 * of fit, and the observed and fitted values.
 *
 * @param model the model (logistic or Bass)
 * @param series the fitted series' name
 * @param parameters the estimates, in the model's parameter order
 * @param r2 {@code 1 - RSS / TSS}
 * @param rmse {@code sqrt(RSS / n)}, in the series' units
 * @param n points fitted
 * @param interval how the intervals were computed
 * @param years time of each point, years since the series' origin
 * @param observed the series' values
 * @param fitted the curve's values
 */
public record DiffusionFit(Diffusion.Model model, String series, List<Estimate> parameters, double r2, double rmse,
    int n, String interval, double[] years, double[] observed, double[] fitted) {
  /** Copies the arrays, so that the fit cannot change after it is made. */
  public DiffusionFit {
    parameters = List.copyOf(parameters);
    years = years.clone();
    observed = observed.clone();
    fitted = fitted.clone();
  }

  /** Returns the time of each point (a copy). */
  @Override
  public double[] years() {
    return years.clone();
  }

  /** Returns the observed values (a copy). */
  @Override
  public double[] observed() {
    return observed.clone();
  }

  /** Returns the fitted values (a copy). */
  @Override
  public double[] fitted() {
    return fitted.clone();
  }


  /**
   * One parameter estimate.
   *
   * @param name parameter name, e.g. {@code p}
   * @param value the least-squares estimate
   * @param se standard error (bootstrap standard deviation after {@link Diffusion#bootstrap})
   * @param low lower end of the 95 % interval
   * @param high upper end of the 95 % interval
   */
  public record Estimate(String name, double value, double se, double low, double high) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%s = %.4g (SE %.2g; 95 %% %.4g to %.4g)", name, value, se, low, high);
    }
  }

  /** Returns the estimate named {@code name} (e.g. "q"). */
  public Estimate estimate(String name) {
    return parameters.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("no parameter " + name + " in " + model.parameters()));
  }

  /** Returns the value of the parameter named {@code name}. */
  public double get(String name) {
    return estimate(name).value();
  }

  /** Returns the fitted curve at {@code years} since the origin. */
  public double predict(double years) {
    return model.value(parameters.stream().mapToDouble(Estimate::value).toArray(), years);
  }

  /** Returns the same fit with seeded bootstrap intervals; see {@link Diffusion#bootstrap}. */
  public DiffusionFit bootstrap(int reps, long seed) {
    return Diffusion.bootstrap(this, reps, seed);
  }

  /** Returns the estimates as a table: parameter, estimate, SE, 95 % low and high; then R², RMSE and n. */
  public Table table() {
    // the goodness of fit follows the parameters as rows without a standard error or interval
    List<Estimate> rows = new java.util.ArrayList<>(parameters);
    rows.add(new Estimate("R²", r2, Double.NaN, Double.NaN, Double.NaN));
    rows.add(new Estimate("RMSE", rmse, Double.NaN, Double.NaN, Double.NaN));
    rows.add(new Estimate("n", n, Double.NaN, Double.NaN, Double.NaN));
    return Tables.of(model.label() + " fit to " + series + " (" + interval + ")", rows)
        .text("parameter", Estimate::name)
        .number("estimate", Estimate::value)
        .number("se", Estimate::se)
        .number("ci95_low", Estimate::low)
        .number("ci95_high", Estimate::high)
        .build();
  }


  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(model.label() + " fit to " + series + ": ");
    for (Estimate e : parameters) {
      b.append(e).append("; ");
    }
    return b.append(String.format(java.util.Locale.ROOT, "R² %.4f, RMSE %.3g, n %d; %s", r2, rmse, n, interval)).toString();
  }
}
