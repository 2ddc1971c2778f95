namespace IclClaims.Experiments.Tasks;

/// <summary>Sinusoid frequencies, uniform on [Min, Max]; a single frequency when Min == Max.</summary>
public sealed record FrequencyBand(double Min, double Max)
{
    public static FrequencyBand At(double omega) => new(omega, omega);

    public void Validate()
    {
        if (!(Min > 0) || !(Max >= Min) || !double.IsFinite(Max))
            throw new ArgumentOutOfRangeException(nameof(Min), $"frequency band [{Min}, {Max}] must satisfy 0 < min <= max");
    }

    /// <summary>This band, once <see cref="Validate"/> has passed.</summary>
    public FrequencyBand Validated()
    {
        Validate();
        return this;
    }

    public override string ToString() => Min == Max ? $"{Min:0.###}" : $"[{Min:0.###}, {Max:0.###}]";
}
