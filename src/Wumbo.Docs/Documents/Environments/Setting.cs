namespace Wumbo.Docs.Documents.Environments;

/// <summary>
/// One leaf of an environment file: its YAML path (<c>compute.services[backend].cpu</c>), its value as the file
/// writes it, and the value compared across environments, in which the environment's own name is a placeholder.
/// </summary>
internal sealed record Setting(string Path, string Value, string Compared);
