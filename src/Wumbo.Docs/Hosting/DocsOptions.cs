namespace Wumbo.Docs.Hosting;

/// <summary>What one run of the docs command was asked to do.</summary>
internal sealed record DocsOptions(string EnvironmentsDirectory, string OutputDirectory, bool Check, bool ShowHelp);
