namespace IclClaims.Experiments.Configuration;

/// <summary>A mistake in what the user asked for: reported as one line, never as a stack trace.</summary>
public class UserInputException(string message) : Exception(message);
