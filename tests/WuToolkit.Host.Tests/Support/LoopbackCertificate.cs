using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WuToolkit.Host.Tests.Support;

/// <summary>A self-signed certificate for 127.0.0.1, made for one test, and the trust that accepts it and nothing else.</summary>
internal static class LoopbackCertificate
{
    public static X509Certificate2 Create()
    {
        // An elliptic-curve key: made in a millisecond, where an RSA key takes the better part of a second.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=wutk test server", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));

        // Windows' TLS server needs the key in a store-backed form; a PKCS#12 round trip gives it one on every OS.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }

    /// <summary>Trusts <paramref name="certificate"/> as the only root, with the rest of the validation as usual.</summary>
    public static X509ChainPolicy TrustOnly(X509Certificate2 certificate) => new()
    {
        TrustMode = X509ChainTrustMode.CustomRootTrust,
        CustomTrustStore = { certificate },
        RevocationMode = X509RevocationMode.NoCheck,
    };
}
