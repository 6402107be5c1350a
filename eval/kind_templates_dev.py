"""DEVELOPMENT templates of the generalisation corpus kinds (eval.kinds): the ones to tune on.

Each kind maps to (language, template) pairs; `{{slot}}` names are eval.planted slots.
"""

from __future__ import annotations

SIGNATURE = [
    ("en", "Kind regards,\n{{name}}\n{{job}}\n{{company}}\nOffice: {{phone}}\nMobile: {{e164}}\nFax: {{phone2}}"),
    ("en", "Cheers,\n{{first}}\n\n{{name}} | {{company}}\nDesk {{local7}} | Cell {{ext}}\n{{internal_email}}"),
    ("en", "--\n{{name}}\n{{street}}\n{{townline}}\nTel {{intl}}\n{{email}}"),
    ("de", "Freundliche Grüße\n{{name}}\n{{company}}\nTelefon: {{phone}}\nFax: {{phone2}}\nE-Mail: {{email}}"),
    ("fr", "Bien à vous,\n{{name}}\n{{company}}\nTél. : {{phone}}\nMobile : {{e164}}\n{{email}}"),
    ("es", "Saludos,\n{{name}}\n{{company}}\nTel.: {{intl}}\nMóvil: {{e164}}\nCorreo: {{email}}"),
    ("it", "Cordiali saluti,\n{{name}}\n{{company}}\nTel: {{phone}}\nCellulare: {{e164}}\n{{internal_email}}"),
]

ADDRESS = [
    ("en", "Please send the replacement to:\n{{name}}\n{{street}}\n{{townline}}\n{{country}}"),
    ("en", "Billing address: {{street}}, {{townline}}, {{country}}. Contact: {{name}}."),
    ("de", "Anschrift:\n{{name}}\n{{street}}\n{{townline}}\n{{country}}"),
    ("fr", "Merci d'envoyer le colis à :\n{{name}}\n{{street}}\n{{townline}}\n{{country}}"),
    ("es", "Enviar a:\n{{name}}\n{{street}}\n{{townline}}\n{{country}}"),
    ("it", "Spedire a:\n{{name}}\n{{street}}\n{{townline}}\n{{country}}"),
]

DIALOGUE = [
    ("en", "{{first}}: Hi {{first2}}, is {{name}} joining?\n{{first2}}: Yes, she said to reach her at {{e164}}.\n{{first}}: Thanks!"),
    ("en", "Support chat\nUser: my name is {{name}} and my number is {{spelled}}\nBot: Thanks {{first}}, I found your account."),
    ("en", "We met someone called {{name}} at the fair; {{last}}'s card says {{email}}."),
    ("de", "{{first}}: Kannst du {{name}} anrufen?\n{{first2}}: Klar, die Nummer ist {{spelled}}."),
    ("fr", "{{first}} : Qui s'occupe du dossier ?\n{{first2}} : {{name}}, son numéro est {{spelled}}."),
    ("es", "{{first}}: ¿Tienes el teléfono de {{name}}?\n{{first2}}: Sí, es {{spelled}}."),
    ("it", "{{first}}: Hai il numero di {{name}}?\n{{first2}}: Sì, è {{spelled}}."),
]

CODE = [
    ("en", "aws configure set aws_access_key_id {{aws_key}}\naws configure set aws_secret_access_key {{aws_secret}}\n# deployed {{sha}}"),
    ("en", "GH_TOKEN={{github}} gh release create v{{version}} --target {{sha}}"),
    ("en", "DATABASE_URL=postgres://app:{{password}}@db.example.internal:5432/orders\nREDIS_URL=redis://cache:6379/0\nRELEASE={{uuid}}"),
    ("en", "openai.api_key = \"{{openai}}\"  # TODO move to vault\nprint(hashlib.sha256(data).hexdigest())  # {{sha256}}"),
    ("en", "headers = {\"Authorization\": \"Bearer {{jwt}}\", \"X-Request-Id\": \"{{uuid}}\"}"),
    ("en", "STRIPE_API_KEY={{stripe}}\nSLACK_BOT_TOKEN={{slack}}\nASSET_MD5={{md5}}"),
    ("en", "{{private_key}}"),
    ("en", "anthropic_api_key: {{anthropic}}\ngoogle_api_key: {{gcp}}\nfixture: {{b64data}}"),
    ("en", "login: {{username}}\npassword: {{password}}\nhost: build-{{short_sha}}.ci.local"),
    ("en", "client_secret = \"{{token}}\"\nimage = \"app@{{digest}}\""),
    ("de", "Der Login klappt nicht: Benutzer {{username}}, Passwort {{password}}. Version {{version}}."),
]

PROSE = [
    ("en", "Patient: {{name}}\nDOB: {{dob}}\nMRN: {{mrn}}\nSeen: {{date}}"),
    ("en", "Customer number {{account}} ({{name}}, date of birth {{dob}}) asked for a refund."),
    ("en", "Username: {{username}} — please reset the account for {{name}} ({{internal_email}})."),
    ("de", "Patient {{name}}, Geburtsdatum {{dob}}, Aktenzeichen {{mrn}}."),
    ("de", "Kundennummer: {{account}}, Name: {{name}}, E-Mail: {{internal_email}}"),
    ("fr", "Client {{name}}, date de naissance : {{dob}}, numéro de compte {{account}}."),
    ("es", "Paciente {{name}}, nacido el {{dob}}, número de historia {{mrn}}."),
    ("it", "Cliente {{name}}, data di nascita {{dob}}, numero di conto {{account}}."),
    ("en", "The {{company}} deal closed on {{date}}; version {{version}} ships next week."),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
