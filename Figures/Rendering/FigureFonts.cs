using System.Reflection;
using ScottPlot;
using SkiaSharp;

namespace IclClaims.Figures.Rendering;

/// <summary>
/// The one font family every figure uses. It is loaded from this assembly's resources rather than
/// from the system, so a figure renders to the same pixels on any machine with or without fonts.
/// </summary>
public static class FigureFonts
{
    /// <summary>
    /// A family name no system font has, so a failed lookup cannot quietly fall back to an installed
    /// "DejaVu Sans" of another version.
    /// </summary>
    public const string Family = "IclClaims DejaVu Sans";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly object Gate = new();
    private static bool registered;

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>Adds the embedded family to ScottPlot's font lookup; safe to call many times from many threads.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (registered) return;
            // First in the list: ScottPlot asks resolvers in order before it looks at system fonts.
            Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
            registered = true;
        }
    }

    internal static SKTypeface? Resolve(string name, bool bold) =>
        string.Equals(name, Family, StringComparison.OrdinalIgnoreCase) ? (bold ? Bold : Regular) : null;

    private static SKTypeface Load(string file)
    {
        var resource = $"IclClaims.Figures.Fonts.{file}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded font '{resource}' is missing from the Figures assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        using var data = SKData.CreateCopy(copy.ToArray());
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Embedded font '{resource}' could not be read by SkiaSharp.");
    }

    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            Resolve(fontName, weight >= FontWeight.SemiBold);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Resolve(fontName, bold);
    }
}
