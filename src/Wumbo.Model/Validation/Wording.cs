using System.Globalization;

namespace Wumbo.Model.Validation;

/// <summary>Small phrasing helpers so messages read naturally ("1 availability zone", "2 subnets").</summary>
internal static class Wording
{
    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
