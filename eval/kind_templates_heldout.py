"""HELD-OUT templates of the generalisation corpus kinds (eval.kinds). Written before any tuning
and never to be tuned on: the lead scores them once (`python -m eval --split heldout`).

Each kind maps to (language, template) pairs; `{{slot}}` names are eval.planted slots.
"""

from __future__ import annotations

SIGNATURE = [
    ("en", "Thanks again,\n\n{{name}}\n{{job}} | {{company}}\nDirect: {{e164}}\nCell: {{ext}}\n{{email}}"),
    ("en", "Best,\n{{first}}\n--\n{{name}}, {{company}}\nt {{intl}} | m {{local7}}\n{{street}}, {{townline}}"),
    ("en", "-----\n{{name}}\nAccount Manager\nPh. {{phone}}   Fax {{phone2}}\nMobile {{e164}}\nE: {{email}}"),
    ("de", "Mit freundlichen Grüßen\n\n{{name}}\nVertrieb Innendienst\n{{company}}\nTel.: {{intl}}\nMobil: {{e164}}\nE-Mail: {{email}}"),
    ("de", "Viele Grüße aus dem Büro\n{{first}}\n\n{{name}} | Durchwahl {{phone}} | {{internal_email}}"),
    ("fr", "Cordialement,\n{{name}}\nResponsable des achats – {{company}}\nLigne directe : {{intl}}\nPortable : {{e164}}"),
    ("es", "Un cordial saludo,\n\n{{name}}\nDepartamento de Compras\nTfno. {{phone}} · Móvil {{e164}}\n{{email}}"),
    ("it", "Distinti saluti\n{{name}}\nUfficio acquisti, {{company}}\nTel. {{intl}} – Cell. {{e164}}\n{{email}}"),
    ("en", "Contact card\nName: {{name}}\nWork phone: {{ext}}\nHome: {{local7}}\nEmail: {{internal_email}}\nBorn: {{dob}}"),
]

ADDRESS = [
    ("en", "Ship to:\n{{name}}\n{{street}}\n{{townline}}\n{{country}}\n\nPlease deliver before Friday."),
    ("en", "Return label\nFROM: {{company}}\nTO: {{name}}, {{street}}, {{townline}}, {{country}}"),
    ("de", "Lieferanschrift:\n{{name}}\n{{street}}\n{{townline}}\n{{country}}\nBitte beim Nachbarn abgeben."),
    ("fr", "Adresse de livraison :\n{{name}}\n{{street}}\n{{townline}}\n{{country}}"),
    ("es", "Dirección de envío:\n{{name}}\n{{street}}\n{{townline}}\n{{country}}\nHorario: mañanas."),
    ("it", "Indirizzo di spedizione:\n{{name}}\n{{street}}\n{{townline}}\n{{country}}"),
    ("en", "Invoice address on file for {{name}}: {{street}}\n{{townline}} ({{country}}). Update it to {{street2}}, {{townline2}}."),
    ("de", "Bitte ändern Sie die Rechnungsadresse von {{name}} auf\n{{street}}\n{{townline}}"),
]

DIALOGUE = [
    ("en", "{{first}}: did you send the contract to {{name}}?\n{{first2}}: yes, to {{email}} this morning.\n{{first}}: great, {{first2}}. Call {{last}} if it bounces."),
    ("en", "Transcript\nAgent: Thank you for calling, who am I speaking with?\nCaller: This is {{name}}.\nAgent: Can you confirm your date of birth?\nCaller: {{dob}}.\nAgent: And the number we can reach you on?\nCaller: {{spelled}}."),
    ("en", "Meeting notes: {{name}} asked whether {{last}}'s team owns the rollout. {{first2}} said she'd check with {{name2}}."),
    ("de", "Protokoll\n{{first}}: Hat {{name}} schon zurückgerufen?\n{{first2}}: Nein, seine Nummer ist {{spelled}}.\n{{first}}: Danke, ich versuche es später."),
    ("fr", "{{first}} : Tu as l'adresse de {{name}} ?\n{{first2}} : Oui, {{street}}, {{townline}}.\n{{first}} : Merci !"),
    ("es", "{{first}}: ¿Quién lleva la cuenta de {{company}}?\n{{first2}}: La lleva {{name}}, su número es {{spelled}}."),
    ("it", "{{first}}: Chi ha firmato il modulo?\n{{first2}}: L'ha firmato {{name}}, nato il {{dob}}."),
    ("en", "A customer named {{name}} phoned twice. Her colleague, called {{name2}}, left {{e164}} as a callback."),
]

CODE = [
    ("en", "# settings.py\nAWS_ACCESS_KEY_ID = \"{{aws_key}}\"\nAWS_SECRET_ACCESS_KEY = \"{{aws_secret}}\"\nBUILD = \"{{sha}}\"  # release commit"),
    ("en", "export GITHUB_TOKEN={{github}}\ngit checkout {{short_sha}} && git log -1 {{sha}}"),
    ("en", "services:\n  api:\n    image: registry.local/api@{{digest}}\n    environment:\n      - DATABASE_URL=postgresql://svc_api:{{password}}@db.internal:5432/app\n      - STRIPE_SECRET={{stripe}}"),
    ("en", "2025-02-11T09:14:02Z WARN auth token refresh failed for user {{username}} (request {{uuid}}), bearer {{jwt}}"),
    ("en", "Why does my request fail?\n\ncurl https://api.example.com/v1/chat -H \"Authorization: Bearer {{openai}}\" -d @body.json\n# body sha256 {{sha256}}"),
    ("en", "const client = new Anthropic({ apiKey: \"{{anthropic}}\" }); // build {{version}}"),
    ("en", "[smtp]\nhost = mail.lan\nuser = {{username}}\npassword = {{password}}\n\n[cache]\nchecksum = {{md5}}"),
    ("en", "key.pem:\n{{private_key}}\nfingerprint: {{sha256}}"),
    ("en", "DefaultEndpointsProtocol=https;AccountName=stdata01;AccountKey={{azure}};EndpointSuffix=core.windows.net"),
    ("en", "slack_notify(webhook=\"{{slack_hook}}\", token=\"{{slack}}\")  # test payload {{b64data}}"),
    ("en", "gitlab-runner register --token {{gitlab}} --url https://gitlab.example.com  # runner {{uuid}}"),
    ("en", "maps_api_key: {{gcp}}\nsession_secret: {{token}}\nasset_hash: {{sha}}"),
    ("de", "Hallo, unser Deployment bricht ab. Log:\nERROR db connect mysql://root:{{password}}@10.0.0.5/shop\nBenutzer: {{username}}, Passwort: {{password2}}"),
    ("fr", "Voici la config : identifiant {{username}}, mot de passe : {{password}}. Le commit {{sha}} casse le build."),
]

PROSE = [
    ("en", "Patient {{name}}, MRN {{mrn}}, date of birth {{dob}}, was admitted on {{date}}."),
    ("en", "Please update member ID {{account}} for {{name}}; she was born on {{dob}}. Contact {{internal_email}}."),
    ("en", "The policy number {{account}} belongs to {{name}} ({{email}}). Login: {{username}}."),
    ("en", "Forward this to {{internal_email}} and cc {{internal_email2}} before the audit on {{date}}."),
    ("de", "Der Versicherte {{name}}, geboren am {{dob}}, Versichertennummer {{account}}, wohnt in {{street}}, {{townline}}."),
    ("de", "Kundennummer {{account}} – Ansprechpartnerin {{name}}, Rückruf unter {{phone}}. Benutzername: {{username}}"),
    ("fr", "Le patient {{name}}, né le {{dob}}, numéro de dossier {{mrn}}, a été vu le {{date}}."),
    ("fr", "Numéro client {{account}} : {{name}}, joignable au {{spelled}}."),
    ("es", "La paciente {{name}}, fecha de nacimiento {{dob}}, historia clínica {{mrn}}."),
    ("es", "Número de cliente {{account}}, titular {{name}}, usuario {{username}}, contraseña: {{password}}"),
    ("it", "Il paziente {{name}}, nato il {{dob}}, cartella clinica {{mrn}}, residente in {{street}}, {{townline}}."),
    ("it", "Numero cliente {{account}}; referente {{name}}; data di nascita: {{dob}}."),
    ("en", "Our release {{version}} was tagged on {{date}} by {{company}}; ask {{name}} for the notes."),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
