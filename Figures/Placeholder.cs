namespace IclClaims.Figures;
internal static class Placeholder { }
