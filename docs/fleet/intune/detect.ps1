<#
  Intune remediation, detection script: runs wutk's checks on this PC.
  Exit 1 (an issue found) makes Intune run remediate.ps1; exit 0 means healthy, or an answer that is only incomplete.
  The last line of standard output is what the Intune admin center shows as "pre-remediation detection output".
  Run it as SYSTEM, in 64-bit PowerShell. wutk's own log lines go to a file: Intune treats text on standard error as
  a script error.
#>
$ErrorActionPreference = 'Continue'
$wutk = Join-Path $env:ProgramFiles 'wutk\wutk.exe'
$folder = Join-Path $env:ProgramData 'wutk'
$log = Join-Path $folder 'detect.log'
$json = Join-Path $folder 'last-run.json'
New-Item -ItemType Directory -Force -Path $folder | Out-Null

if (-not (Test-Path -LiteralPath $wutk)) {
    Write-Output "wutk is not installed at $wutk"
    exit 1
}

# The full report (run-v1 JSON) stays on the PC for a later collection; standard output is the one Intune line.
$line = & $wutk run --intune --format json -o $json 2>> $log
$code = $LASTEXITCODE
$line | Select-Object -Last 1 | Write-Output
exit $code
