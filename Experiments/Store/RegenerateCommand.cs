using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Store;

/// <summary>The one command line that (re)trains a store-served model; every message that refuses a model names it.</summary>
public static class RegenerateCommand
{
    /// <param name="model">One model's name, or null for every model of the profile.</param>
    public static string For(ProfileName profile, string? model, int seed) =>
        $"dotnet run --project Experiments -c Release -- train --profile {profile} {(model is null ? "--all" : $"--model {model}")} --seed {seed}";
}
