namespace IclClaims.Claims.Tests.Figures;

/// <summary>A fresh folder per test, removed afterwards, so parallel tests never share files.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "iclclaims-figures-" + Guid.NewGuid().ToString("N"));

    public TempDirectory() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* A leftover temp folder is harmless; a failing cleanup must not fail the test. */ }
    }
}
