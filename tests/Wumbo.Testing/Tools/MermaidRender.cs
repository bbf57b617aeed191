namespace Wumbo.Testing.Tools;

/// <summary>One render: it succeeded when mmdc exited 0 and wrote an SVG; <see cref="Errors"/> is what it reported otherwise.</summary>
public sealed record MermaidRender(ProcessResult Process, string? Svg)
{
    public bool Succeeded => Process.Succeeded && Svg is not null;

    public string Errors => Process.CombinedOutput.Trim();

    public TimeSpan Elapsed => Process.Elapsed;
}
