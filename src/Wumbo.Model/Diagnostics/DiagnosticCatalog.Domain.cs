namespace Wumbo.Model.Diagnostics;

/// <summary>WUM2xxx: domain rules over the typed model.</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor InvalidRegion = Error("WUM2001", "Unknown AWS region");
    public static readonly DiagnosticDescriptor InvalidCidr = Error("WUM2002", "Invalid IPv4 CIDR block");
    public static readonly DiagnosticDescriptor InvalidIosBundleId = Error("WUM2003", "Invalid iOS bundle identifier");
    public static readonly DiagnosticDescriptor InvalidAndroidPackage = Error("WUM2004", "Invalid Android package name");
    public static readonly DiagnosticDescriptor InvalidEmail = Error("WUM2005", "Invalid e-mail address");
}
