namespace Wumbo.Cdktf.Tests.Diagnostics;

/// <summary>
/// Every code of every catalogue is reported by the product itself: its trigger (<see cref="DiagnosticTriggers"/>)
/// breaks one thing in a clean input and runs the loader, the synthesizer or the preview reader on it.
/// </summary>
public sealed class DiagnosticTriggerTests
{
    public static TheoryData<string> Codes() => [.. Catalogues.Descriptors.Select(d => d.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_code_is_reported_by_its_trigger(string code)
    {
        var descriptor = Catalogues.Descriptors.Single(d => d.Code == code);
        Assert.True(DiagnosticTriggers.ByCode.TryGetValue(code, out var trigger), $"{code} has no trigger: add one to DiagnosticTriggers");

        var reported = trigger().ToList();

        Assert.True(
            reported.Any(d => d.Code == code && d.Severity == descriptor.Severity),
            $"the trigger of {code} reported: {string.Join("; ", reported.Select(d => d.ToString()))}");
    }

    [Fact]
    public void Every_trigger_is_for_a_code_of_a_catalogue()
    {
        var codes = Catalogues.Descriptors.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(DiagnosticTriggers.ByCode.Keys, code => Assert.Contains(code, codes));
    }

    [Fact]
    public void The_inputs_before_their_breaks_report_nothing() => Assert.Empty(DiagnosticTriggers.Unbroken());
}
