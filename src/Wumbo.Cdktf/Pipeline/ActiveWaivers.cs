using System.Globalization;
using System.Collections.Immutable;
using Wumbo.Policies.Engine;

namespace Wumbo.Cdktf.Pipeline;

/// <summary>Prints the waivers that held, one line each, so that every run shows what the policy pack let through.</summary>
public static class ActiveWaivers
{
    public static void Print(ImmutableSortedDictionary<string, ImmutableArray<Waiver>> waivers, TextWriter output)
    {
        foreach (var (environment, list) in waivers)
        {
            foreach (var waiver in list)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"waived: {environment}: {waiver.RuleId} on {waiver.Resource} until {waiver.Expires:yyyy-MM-dd}: {waiver.Reason}\n"));
            }
        }
    }
}
