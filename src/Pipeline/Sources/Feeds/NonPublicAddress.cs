using System.Net;

namespace Pipeline.Sources.Feeds;

/// <summary>
/// Which addresses a feed link may not reach unless allowed: loopback, link-local, private,
/// shared (carrier-grade NAT), unspecified, multicast and reserved ones, in IPv4 and IPv6.
/// </summary>
internal static class NonPublicAddress
{
    private static readonly (IPNetwork Network, string Kind)[] Ranges =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "an unspecified address"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private address"),
        (IPNetwork.Parse("100.64.0.0/10"), "a shared (carrier-grade NAT) address"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private address"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address"),
        (IPNetwork.Parse("::/128"), "an unspecified address"),
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("::/96"), "a reserved address"),
        (IPNetwork.Parse("fc00::/7"), "a private (unique local) address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fec0::/10"), "a site-local address"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
    ];

    // The NAT64 prefix carries an IPv4 address in its last 32 bits, which a gateway then reaches.
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    /// <summary>What kind of non-public address <paramref name="address"/> is ("a loopback address"), or null when it is public.</summary>
    public static string? Describe(IPAddress address)
    {
        var kind = Ranges.FirstOrDefault(r => r.Network.Contains(address)).Kind;
        if (kind is not null || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return kind;
        }
        return EmbeddedIPv4(address) is { } inner ? Describe(inner) : null;
    }

    /// <summary>The IPv4 address an IPv4-mapped (::ffff:a.b.c.d) or NAT64 address stands for.</summary>
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }
        return Nat64.Contains(address) ? new IPAddress(address.GetAddressBytes().AsSpan(12, 4)) : null;
    }
}
