namespace Wumbo.Testing.Tools;

/// <summary>
/// A command to run. <see cref="Environment"/> is applied over the inherited environment; a <c>null</c>
/// value removes the variable.
/// </summary>
public sealed record ProcessSpec(
    string FileName,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string?> Environment,
    TimeSpan Timeout);
