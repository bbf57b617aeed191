namespace Wumbo.Cdktf.Constructs;

/// <summary>A message attached to a construct, written into the manifest (CONTRACT §2.2).</summary>
public sealed record Annotation(string ConstructPath, AnnotationLevel Level, string Message)
{
    /// <summary>The manifest's level string.</summary>
    public string WireLevel => Level switch
    {
        AnnotationLevel.Info => "@cdktf/info",
        AnnotationLevel.Warning => "@cdktf/warn",
        _ => "@cdktf/error",
    };
}
