namespace Wumbo.Preview.Hosting;

/// <summary>What one run of the preview was asked to compare, and where the Markdown goes (stdout when <see cref="OutputFile"/> is null).</summary>
internal sealed record PreviewOptions(string BaseRoot, string HeadRoot, string? OutputFile, bool ShowHelp);
