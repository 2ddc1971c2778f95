using IclClaims.Experiments.Baselines;
using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Claims;

/// <summary>One colour per predictor in every figure (Category10's), so a reader follows a predictor from figure to figure.</summary>
public static class PredictorColors
{
    private static readonly Dictionary<string, string> ByPredictor = new(StringComparer.Ordinal)
    {
        [ExperimentProfile.DenseModel] = "#1f77b4",
        [ExperimentProfile.SparseModel] = "#ff7f0e",
        [ExperimentProfile.MixtureModel] = "#2ca02c",
        [ExperimentProfile.SineMixtureModel] = "#2ca02c",
        [BaselineCatalog.LeastSquaresName] = "#d62728",
        [BaselineCatalog.LassoName] = "#9467bd",
        [BaselineCatalog.BayesName] = "#8c564b",
        [BaselineCatalog.BayesDenseName] = "#8c564b",
        [BaselineCatalog.BayesSparseName] = "#8c564b",
        // Beside a class's own Bayes predictor in F1a and F1b, so a colour of its own.
        [BaselineCatalog.BayesMixtureName] = "#17becf",
        [BaselineCatalog.OracleName] = "#e377c2",
        [BaselineCatalog.SineOracleName] = "#e377c2",
        [BaselineCatalog.FamilyFitName] = "#bcbd22",
    };

    /// <summary>
    /// The colour of a predictor, by its name up to any parameters ("lasso(alpha=0.01)" is Lasso's); null for a
    /// name that is not a predictor's, which the figure then colours by position.
    /// </summary>
    public static string? Of(string predictor)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        var family = predictor.Split('(')[0];
        return ByPredictor.GetValueOrDefault(family);
    }
}
