using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Claims;

/// <summary>
/// What the claims of one profile and seed are judged on: the two experiments' measurements, or one of them where only
/// the claims of that setting are measured (a child process measures one setting; <see cref="ClaimsRunner.RunSetting"/>).
/// </summary>
public sealed class ProfileMeasurements(ExperimentProfile profile, ModelSelectionMeasurements? linear, SineMeasurements? sine) : IDisposable
{
    public ExperimentProfile Profile { get; } = profile;

    public ModelSelectionMeasurements Linear => linear ?? throw new InvalidOperationException("the linear setting was not measured here");

    public SineMeasurements Sine => sine ?? throw new InvalidOperationException("the sinusoid setting was not measured here");

    public void Dispose()
    {
        linear?.Dispose();
        sine?.Dispose();
    }
}
