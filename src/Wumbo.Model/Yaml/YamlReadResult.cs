using Wumbo.Diagnostics;

namespace Wumbo.Model.Yaml;

/// <summary>The root node of a file (null when the file could not be read as one YAML document) and the problems found.</summary>
public sealed record YamlReadResult(YamlNode? Root, IReadOnlyList<Diagnostic> Diagnostics);
