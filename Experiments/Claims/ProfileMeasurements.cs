using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Claims;

/// <summary>Everything the six claims are judged on at one profile and seed: the two experiments' measurements.</summary>
public sealed record ProfileMeasurements(ExperimentProfile Profile, ModelSelectionMeasurements Linear, SineMeasurements Sine) : IDisposable
{
    public void Dispose()
    {
        Linear.Dispose();
        Sine.Dispose();
    }
}
