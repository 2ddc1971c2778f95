using IclClaims.Experiments.Configuration;

namespace IclClaims.Experiments.Store;

/// <summary>A store entry that no longer matches the code's configuration, or is corrupt: the user regenerates it with the command the message names.</summary>
public sealed class StaleStoreEntryException(string message) : UserInputException(message);
