using Wumbo.Diagnostics;

namespace Wumbo.Model.Diagnostics;

/// <summary>
/// Every diagnostic code of the model, in one catalogue split by concern:
/// WUM1xxx YAML and binding (<c>DiagnosticCatalog.Yaml.cs</c>), WUM2xxx domain rules
/// (<c>DiagnosticCatalog.Domain.cs</c>). WUM3xxx (Terraform synthesis) lives in Wumbo.Cdktf.
/// A reflection test checks that codes are unique.
/// </summary>
public static partial class DiagnosticCatalog
{
    private static DiagnosticDescriptor Error(string code, string title) => new(code, DiagnosticSeverity.Error, title);
}
