namespace Wumbo.Cdktf.Constructs;

public enum AnnotationLevel
{
    Info,
    Warning,
    Error,
}
