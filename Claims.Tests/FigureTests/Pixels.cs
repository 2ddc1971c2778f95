using SkiaSharp;

namespace IclClaims.Claims.Tests.Figures;

/// <summary>Pixel probes for "did text get drawn" checks.</summary>
internal static class Pixels
{
    public static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG");

    public static bool IsDark(SKColor c) => c.Red + c.Green + c.Blue < 300;

    /// <summary>
    /// Dark pixels in rows [top, bottom) and columns [left, right), ignoring rows that are dark all the
    /// way across: those are axis frame lines, and text never fills a whole row.
    /// </summary>
    public static int TextInk(SKBitmap bitmap, int left, int top, int right, int bottom)
    {
        var ink = 0;
        for (var y = top; y < bottom; y++)
        {
            var dark = 0;
            for (var x = left; x < right; x++)
                if (IsDark(bitmap.GetPixel(x, y))) dark++;
            if (dark < right - left) ink += dark;
        }
        return ink;
    }

    /// <summary>The lowest row that is dark across the given columns: the bottom edge of the data area.</summary>
    public static int BottomFrameRow(SKBitmap bitmap, int left, int right)
    {
        for (var y = bitmap.Height - 1; y >= 0; y--)
        {
            var all = true;
            for (var x = left; x < right && all; x++) all = IsDark(bitmap.GetPixel(x, y));
            if (all) return y;
        }
        throw new InvalidOperationException("no frame line found");
    }
}
