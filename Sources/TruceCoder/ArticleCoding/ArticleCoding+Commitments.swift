import TruceModel

extension ArticleCoding {
    /// Adds the commitments of every sentence, their obligors named by the agreement's actors and
    /// linked to its provisions when the coder has an agreement.
    mutating func commitments(_ sentences: [Sentence]) {
        let signed = coder.agreement?.signed
        let linker = coder.agreement.map(CommitmentLinker.init)
        for (index, sentence) in sentences.enumerated() {
            guard let published = sentence.published ?? article.publicationDate else { continue }
            let found = CommitmentFinder.commitments(
                in: sentence.text, published: published, actors: { coder.sentenceCoder.actors(in: sentence.text, on: published) },
                country: { coder.sentenceCoder.actors(in: $0, on: published).first })
            for found in found {
                var deadline = found.deadline
                // A time counted from the signing counts from the agreement's own signing day when it is known.
                if found.countsFromSigning, let signed, var counted = deadline, let relative = counted.relative {
                    let due = DateExpression.Offset(amount: relative.amount, unit: relative.unit).apply(to: signed)
                    counted.date = ResolvedDate(earliest: signed, latest: due, precision: .day)
                    counted.relative = RelativeDeadline(amount: relative.amount, unit: relative.unit, base: .signing, from: signed)
                    deadline = counted
                }
                var obligor = found.obligor
                if let mention = obligor, mention.range.lowerBound < found.modalStart, mention.range.upperBound > found.modalStart {
                    // The actor finder joined the subject with an agent after the modal ("the United States will reduce its
                    // forces"): the subject is what the words before the modal name.
                    let before = String(decoding: Array(sentence.text.utf8)[..<found.modalStart], as: UTF8.self)
                    obligor = coder.sentenceCoder.actors(in: before, on: published).last ?? mention
                }
                var obligorActor = actor(obligor, in: sentence)
                if obligor == nil, let pronoun = Self.pronounSubject(before: found.modalStart, in: sentence.text),
                    let (antecedent, named) = pronounAntecedent(at: pronoun, in: sentences, index: index)
                {
                    obligor = antecedent
                    obligorActor = actor(antecedent, in: named)
                }
                // "Both sides" (`Parties`) is no one actor: it has no code.
                if obligor?.code.isEmpty == true { obligorActor?.code = nil }
                var commitment = CodedCommitment(
                    obligor: obligorActor, act: found.act, verb: found.verb, modal: found.modal,
                    object: found.object, negated: found.negated, strength: found.strength, deadline: deadline, span: offsets.span(sentence.range),
                    confidence: found.confidence)
                if let linker { commitment.provisions = linker.provisions(matching: commitment) }
                result.commitments.append(commitment)
            }
        }
    }
}
