using SkiaSharp;

namespace IclClaims.Claims.Tests.Snapshots;

/// <summary>Image comparison as matplotlib's compare_images does it: RMS of channel differences on a 0–255 scale.</summary>
public static class PngComparer
{
    /// <summary>matplotlib scales the difference image by 10 so that small changes become visible.</summary>
    private const int DiffGain = 10;

    /// <summary>The RMS difference over the R, G and B channels, or null when the images differ in size.</summary>
    public static double? Rms(byte[] expectedPng, byte[] actualPng)
    {
        using var a = Decode(expectedPng);
        using var b = Decode(actualPng);
        if (a.Width != b.Width || a.Height != b.Height) return null;
        var pa = a.Pixels;
        var pb = b.Pixels;
        double sum = 0;
        for (var i = 0; i < pa.Length; i++)
        {
            sum += Square(pa[i].Red - pb[i].Red) + Square(pa[i].Green - pb[i].Green) + Square(pa[i].Blue - pb[i].Blue);
        }
        return Math.Sqrt(sum / (3.0 * pa.Length));
    }

    /// <summary>Whether the bytes decode as an image (a truncated or hand-edited file does not).</summary>
    public static bool IsReadable(byte[] png)
    {
        try
        {
            using var decoded = SKBitmap.Decode(png);
            return decoded is not null;
        }
        catch (ArgumentException)
        {
            // SkiaSharp reports bytes it finds no codec for as a null argument.
            return false;
        }
    }

    public static (int Width, int Height) Size(byte[] png)
    {
        using var bitmap = Decode(png);
        return (bitmap.Width, bitmap.Height);
    }

    /// <summary>An opaque image of the amplified absolute difference; black where the images agree.</summary>
    public static byte[] DiffImage(byte[] expectedPng, byte[] actualPng)
    {
        using var a = Decode(expectedPng);
        using var b = Decode(actualPng);
        if (a.Width != b.Width || a.Height != b.Height)
            throw new ArgumentException("A difference image needs two images of the same size.");
        var pa = a.Pixels;
        var pb = b.Pixels;
        var diff = new SKColor[pa.Length];
        for (var i = 0; i < pa.Length; i++)
            diff[i] = new SKColor(Amplify(pa[i].Red, pb[i].Red), Amplify(pa[i].Green, pb[i].Green), Amplify(pa[i].Blue, pb[i].Blue), 255);
        using var result = new SKBitmap(new SKImageInfo(a.Width, a.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul)) { Pixels = diff };
        using var data = result.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static SKBitmap Decode(byte[] png)
    {
        using var decoded = SKBitmap.Decode(png) ?? throw new ArgumentException("Not a readable PNG.");
        // One pixel layout for both images, whatever the encoder chose.
        return decoded.Copy(SKColorType.Rgba8888) ?? throw new ArgumentException("The PNG could not be converted to RGBA.");
    }

    private static byte Amplify(byte x, byte y) => (byte)Math.Min(255, Math.Abs(x - y) * DiffGain);

    private static double Square(int d) => (double)d * d;
}
