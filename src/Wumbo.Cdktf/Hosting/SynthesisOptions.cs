namespace Wumbo.Cdktf.Hosting;

/// <summary>What one run of the app was asked to do, from its arguments and the variables the cdktf CLI sets.</summary>
internal sealed record SynthesisOptions(
    string EnvironmentsDirectory,
    string OutputDirectory,
    IReadOnlyList<string> SelectedEnvironments,
    bool ShowHelp);
