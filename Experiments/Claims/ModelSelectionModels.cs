using IclClaims.Experiments.Predictors;

namespace IclClaims.Experiments.Claims;

/// <summary>The three models of claims 1–3, of identical architecture and budget.</summary>
public sealed record ModelSelectionModels(IPredictor DenseOnly, IPredictor SparseOnly, IPredictor Mixture);
