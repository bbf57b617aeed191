using System.Collections.Immutable;
using System.Globalization;

namespace Wumbo.Testing.Tools;

/// <summary>
/// The outcome of one Terraform command: whether it succeeded, its parsed diagnostics and the raw process
/// result. Warnings never fail a result unless <see cref="EnsureSucceeded"/> is asked to.
/// </summary>
public sealed record TerraformResult(string Command, bool Succeeded, ImmutableArray<TerraformDiagnostic> Diagnostics, ProcessResult Process)
{
    public IEnumerable<TerraformDiagnostic> Errors => Diagnostics.Where(d => d.IsError);

    public IEnumerable<TerraformDiagnostic> Warnings => Diagnostics.Where(d => !d.IsError);

    public TimeSpan Elapsed => Process.Elapsed;

    /// <summary>Every diagnostic, one a line; the raw output when Terraform gave none (a crash, a timeout).</summary>
    public string ErrorText
    {
        get
        {
            var text = Diagnostics.IsEmpty ? Process.CombinedOutput.Trim() : string.Join('\n', Diagnostics);
            return Process.TimedOut
                ? string.Create(CultureInfo.InvariantCulture, $"terraform {Command} timed out after {Process.Elapsed.TotalSeconds:0.#} s and was killed\n{text}")
                : text;
        }
    }

    public void EnsureSucceeded(bool failOnWarnings = false)
    {
        if (!Succeeded || (failOnWarnings && Warnings.Any()))
        {
            throw new CheckFailedException("terraform " + Command + (Succeeded ? " reported warnings" : " failed") + ":\n" + ErrorText);
        }
    }
}
