using Wumbo.Diagnostics;

namespace Wumbo.Model.Diagnostics;

/// <summary>WUM1xxx: reading the files and binding YAML to the model.</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor YamlSyntax = DiagnosticRange.Reading.Error("WUM1001", "YAML syntax error");
    public static readonly DiagnosticDescriptor InvalidUtf8 = DiagnosticRange.Reading.Error("WUM1002", "File is not valid UTF-8");
    public static readonly DiagnosticDescriptor DuplicateKey = DiagnosticRange.Reading.Error("WUM1003", "Duplicate key");
    public static readonly DiagnosticDescriptor UnknownKey = DiagnosticRange.Reading.Error("WUM1004", "Unknown key");
    public static readonly DiagnosticDescriptor WrongType = DiagnosticRange.Reading.Error("WUM1005", "Value has the wrong type");
    public static readonly DiagnosticDescriptor MissingValue = DiagnosticRange.Reading.Error("WUM1006", "Required value missing");
    public static readonly DiagnosticDescriptor OutOfRange = DiagnosticRange.Reading.Error("WUM1007", "Value out of range");
    public static readonly DiagnosticDescriptor PatternMismatch = DiagnosticRange.Reading.Error("WUM1008", "Value does not match the required pattern");
    public static readonly DiagnosticDescriptor EmptyFile = DiagnosticRange.Reading.Error("WUM1009", "File is empty");
    public static readonly DiagnosticDescriptor FileTooLarge = DiagnosticRange.Reading.Error("WUM1010", "File is too large");
    public static readonly DiagnosticDescriptor NestingTooDeep = DiagnosticRange.Reading.Error("WUM1011", "Nesting too deep");
    public static readonly DiagnosticDescriptor AliasExpansionTooLarge = DiagnosticRange.Reading.Error("WUM1012", "Aliases expand too far");
    public static readonly DiagnosticDescriptor MultipleDocuments = DiagnosticRange.Reading.Error("WUM1013", "More than one YAML document");
    public static readonly DiagnosticDescriptor UnsupportedTag = DiagnosticRange.Reading.Error("WUM1014", "Unsupported YAML tag");
    public static readonly DiagnosticDescriptor FileNameMismatch = DiagnosticRange.Reading.Error("WUM1015", "File name and environment name differ");
    public static readonly DiagnosticDescriptor SecretLiteral = DiagnosticRange.Reading.Error("WUM1016", "Secret value in an environment file");
    public static readonly DiagnosticDescriptor SecretLikeValue = DiagnosticRange.Reading.Error("WUM1017", "Value looks like a credential");
    public static readonly DiagnosticDescriptor InvalidEnumValue = DiagnosticRange.Reading.Error("WUM1018", "Unknown choice");
    public static readonly DiagnosticDescriptor UnionChoice = DiagnosticRange.Reading.Error("WUM1019", "Exactly one choice required");
    public static readonly DiagnosticDescriptor NoEnvironmentFiles = DiagnosticRange.Reading.Error("WUM1020", "No environment files");
    public static readonly DiagnosticDescriptor DuplicateEnvironment = DiagnosticRange.Reading.Error("WUM1021", "Environment defined twice");
}
